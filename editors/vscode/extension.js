// The hpoconf extension: starts `hpoconf server` (LSP over stdio) for the files of HPO
// experiments. docs/editors.md explains how to install it.
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration('hpoconf');
  const command = config.get('path', 'hpoconf');
  const serverOptions = {
    run: { command, args: ['server'], transport: TransportKind.stdio },
    debug: { command, args: ['server'], transport: TransportKind.stdio },
  };
  const clientOptions = {
    // the server tells the kinds apart by name and content; these are the files it reads
    documentSelector: [
      { scheme: 'file', pattern: '**/*.{yml,yaml}' },
      { scheme: 'file', pattern: '**/*.ini' },
      { scheme: 'file', pattern: '**/*.json' },
    ],
    initializationOptions: { debounceMs: config.get('debounceMs', 15) },
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{exp.yml,exp.yaml,*.ini,*.json,hpoconf.toml}'),
    },
  };
  client = new LanguageClient('hpoconf', 'hpoconf', serverOptions, clientOptions);
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
