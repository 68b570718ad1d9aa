"""`newslint lsp`: a language server over stdio (pygls, the `lsp` extra).

positions.py    newslint's 1-based line and column (code points) <-> LSP positions in the
                negotiated encoding
linting.py      an open document linted as `newslint check` lints that file
diagnostics.py  findings -> LSP diagnostics (the fix kept in `data`)
actions.py      code actions: apply a fix, fix all safe, disable on this line, accept a word
hover.py        a finding's rule explained, as `newslint explain` does
server.py       the wiring: document events (debounced), code actions, hover, commands
"""
