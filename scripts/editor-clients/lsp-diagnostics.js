#!/usr/bin/env node
// Drives yaml-language-server headless over stdio (JSON-RPC with Content-Length framing) and
// prints the diagnostics it publishes for one YAML document, as JSON on stdout:
//   {"uri": "...", "diagnostics": [{"line": 4, "column": 1, "message": "...", "source": "..."}]}
// Lines and columns are 1-based (LSP positions are 0-based).
//
// usage: node lsp-diagnostics.js --file PATH [--text-file PATH] [--schema SCHEMA_PATH]
//   --file       the document's path (its URI is what the server sees; relative `$schema`
//                modelines resolve against it). The document need not exist when --text-file
//                is given.
//   --text-file  read the document's text from here instead of --file.
//   --schema     map this schema to the document through the `yaml.schemas` setting (sent with
//                workspace/didChangeConfiguration). Without it, only a modeline
//                (`# yaml-language-server: $schema=...`) selects the schema.
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i];
    const value = argv[i + 1];
    if (!key.startsWith('--') || value === undefined) {
      throw new Error(`bad arguments near ${key}`);
    }
    args[key.slice(2)] = value;
  }
  if (!args.file) throw new Error('--file is required');
  return args;
}

const args = parseArgs(process.argv.slice(2));
const docPath = path.resolve(args.file);
const docUri = pathToFileURL(docPath).href;
const text = fs.readFileSync(args['text-file'] ? path.resolve(args['text-file']) : docPath, 'utf8');
const serverMain = require.resolve('yaml-language-server/bin/yaml-language-server', {
  paths: [__dirname],
});

const TIMEOUT_MS = 30000; // the whole exchange
const QUIET_MS = 1500; // no new diagnostics for this long after the first non-empty batch: done

const server = spawn(process.execPath, [serverMain, '--stdio'], {
  stdio: ['pipe', 'pipe', 'pipe'],
});
let stderr = '';
server.stderr.on('data', (d) => {
  stderr += d.toString();
});

let nextId = 1;
const pending = new Map();

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}

function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}

function notify(method, params) {
  send({ method, params });
}

const settings = {
  yaml: {
    validate: true,
    hover: false,
    completion: false,
    format: { enable: false },
    schemaStore: { enable: false },
    schemas: args.schema ? { [pathToFileURL(path.resolve(args.schema)).href]: [docUri, '*.yml'] } : {},
  },
};

let latest = null; // the last diagnostics published for the document
let quietTimer = null;
let finished = false;

function finish(code, output) {
  if (finished) return;
  finished = true;
  clearTimeout(overall);
  clearTimeout(quietTimer);
  if (output !== undefined) process.stdout.write(JSON.stringify(output, null, 2) + '\n');
  // Shut the server down politely, then make sure it is gone.
  request('shutdown', null)
    .catch(() => {})
    .finally(() => {
      notify('exit', null);
      setTimeout(() => {
        server.kill();
        process.exit(code);
      }, 200);
    });
  setTimeout(() => {
    server.kill();
    process.exit(code);
  }, 2000);
}

function report() {
  const diagnostics = (latest || []).map((d) => ({
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    end_line: d.range.end.line + 1,
    message: d.message,
    source: d.source || '',
  }));
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  finish(0, { uri: docUri, diagnostics });
}

function onMessage(msg) {
  if (msg.id !== undefined && msg.method === undefined) {
    const p = pending.get(msg.id);
    if (p) {
      pending.delete(msg.id);
      if (msg.error) p.reject(new Error(msg.error.message));
      else p.resolve(msg.result);
    }
    return;
  }
  if (msg.id !== undefined && msg.method !== undefined) {
    // A request from the server (workspace/configuration, client/registerCapability, ...).
    let result = null;
    if (msg.method === 'workspace/configuration') {
      result = (msg.params.items || []).map((item) => {
        const section = item.section || '';
        return section.split('.').reduce((o, k) => (o && k in o ? o[k] : null), settings);
      });
    }
    send({ id: msg.id, result });
    return;
  }
  if (msg.method === 'textDocument/publishDiagnostics' && msg.params.uri === docUri) {
    latest = msg.params.diagnostics;
    clearTimeout(quietTimer);
    // An empty batch may come before the schema is loaded: wait longer for a later one.
    quietTimer = setTimeout(report, latest.length ? QUIET_MS : QUIET_MS * 2);
  }
}

let buffer = Buffer.alloc(0);
server.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const header = buffer.slice(0, headerEnd).toString('ascii');
    const match = /Content-Length: *(\d+)/i.exec(header);
    if (!match) {
      console.error(`lsp-diagnostics: bad header from the server: ${header}`);
      finish(1);
      return;
    }
    const length = Number(match[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const body = buffer.slice(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
    buffer = buffer.slice(headerEnd + 4 + length);
    onMessage(JSON.parse(body));
  }
});

server.on('exit', (code) => {
  if (!finished) {
    console.error(`lsp-diagnostics: yaml-language-server exited early (${code})\n${stderr}`);
    process.exit(1);
  }
});

const overall = setTimeout(() => {
  if (latest !== null) {
    report();
    return;
  }
  console.error(`lsp-diagnostics: no diagnostics for ${docUri} within ${TIMEOUT_MS} ms\n${stderr}`);
  finish(1);
}, TIMEOUT_MS);

(async () => {
  await request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(path.dirname(docPath)).href,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
      textDocument: { publishDiagnostics: { relatedInformation: false } },
    },
    initializationOptions: {},
  });
  notify('initialized', {});
  notify('workspace/didChangeConfiguration', { settings });
  notify('textDocument/didOpen', {
    textDocument: { uri: docUri, languageId: 'yaml', version: 1, text },
  });
})().catch((e) => {
  console.error(`lsp-diagnostics: ${e.message}\n${stderr}`);
  finish(1);
});
