-- The end-to-end test of `hpoconf server` in Neovim (0.7 or later), run headless by
-- scripts/neovim-e2e.sh: open an experiment, wait for the diagnostics, apply a quick fix,
-- write the file, and check it; see the cross-file diagnostics follow an unsaved edit.
-- Exits 0 on success, 1 with a message on failure.

local bin = os.getenv('HPOCONF_BIN')
local dir = os.getenv('E2E_DIR')

local function fail(msg)
  io.stderr:write('neovim-e2e: FAIL: ' .. msg .. '\n')
  vim.cmd('cquit 1')
end

local function code_of(d)
  local lsp = d.user_data and d.user_data.lsp
  return (lsp and lsp.code) or d.code
end

local function find(buf, code)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if code_of(d) == code then
      return d
    end
  end
  return nil
end

local function wait_for(what, pred)
  if not vim.wait(120000, pred, 20) then
    fail('timed out waiting for ' .. what)
  end
end

local function main()
  local id = vim.lsp.start_client({
    name = 'hpoconf',
    cmd = { bin, 'server' },
    root_dir = dir,
  })
  if not id then
    return fail('could not start ' .. bin .. ' server')
  end

  -- 1. diagnostics of an open exp.yml: `TPEE` is a typo of `TPE`
  vim.cmd('edit ' .. dir .. '/exp.yml')
  local exp = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(exp, id)
  wait_for('HPO312 on exp.yml', function() return find(exp, 'HPO312') ~= nil end)
  local d = find(exp, 'HPO312')
  local lsp_diag = d.user_data and d.user_data.lsp
  if lsp_diag and not (lsp_diag.codeDescription and lsp_diag.codeDescription.href) then
    return fail('no codeDescription on the diagnostic')
  end

  -- 2. the quick fix, applied as Neovim applies a code action's edit
  local client = vim.lsp.get_client_by_id(id)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(exp) },
    range = {
      start = { line = d.lnum, character = d.col },
      ['end'] = { line = d.end_lnum or d.lnum, character = d.end_col or d.col },
    },
    context = { diagnostics = { lsp_diag } },
  }
  local resp = client.request_sync('textDocument/codeAction', params, 60000, exp)
  if not resp or resp.err or not resp.result then
    return fail('codeAction failed: ' .. vim.inspect(resp))
  end
  local fix
  for _, a in ipairs(resp.result) do
    if a.title == 'Replace by `TPE`' then
      fix = a
    end
  end
  if not fix then
    return fail('no quick fix among ' .. vim.inspect(resp.result))
  end
  vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding or 'utf-16')
  vim.cmd('write')
  wait_for('HPO312 to go', function() return find(exp, 'HPO312') == nil end)
  local f = io.open(dir .. '/exp.yml', 'r')
  local written = f:read('*a')
  f:close()
  if not written:find('\n  name: TPE\n', 1, true) or written:find('TPEE', 1, true) then
    return fail('exp.yml as written:\n' .. written)
  end

  -- 3. cross-file: the ini's `${bs}` is undefined until the unsaved search space defines it
  vim.cmd('edit ' .. dir .. '/trial.ini')
  local ini = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(ini, id)
  wait_for('HPO702 on trial.ini', function() return find(ini, 'HPO702') ~= nil end)
  vim.cmd('edit ' .. dir .. '/search_space.json')
  local space = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(space, id)
  vim.api.nvim_buf_set_lines(space, 0, -1, false, {
    '{"${lr}": {"_type": "loguniform", "_value": [0.0001, 0.1]},',
    ' "${bs}": {"_type": "choice", "_value": [16, 32]}}',
  })
  wait_for('HPO702 to go after an unsaved edit', function() return find(ini, 'HPO702') == nil end)

  print('neovim-e2e: ok')
  vim.cmd('qall!')
end

local ok, err = pcall(main)
if not ok then
  fail(tostring(err))
end
