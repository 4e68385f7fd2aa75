// Type-only shims: tsconfig uses moduleResolution "node" (node10), which ignores package.json
// "exports", where vscode-languageclient 11 declares its types. Mapped here to the real declaration
// files (the protocol/jsonrpc modules they import are mapped in server/src/node/lsp-modules.d.ts).
// At run time esbuild resolves the package by "exports". With "moduleResolution": "bundler" or
// "node16" in tsconfig.json this file can go.
declare module 'vscode-languageclient' {
  export * from 'vscode-languageclient/lib/common/api';
}
declare module 'vscode-languageclient/node' {
  export * from 'vscode-languageclient/lib/node/main';
}
