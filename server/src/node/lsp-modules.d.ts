// Type-only shims: tsconfig uses moduleResolution "node" (node10), which ignores package.json
// "exports"; vscode-jsonrpc 10 / vscode-languageserver(-protocol) 11 declare their types only there,
// so without these every LSP type silently becomes `any`. Mapped here to the real declaration
// files. At run time, esbuild, tsx and Node resolve the packages by "exports".
// (Better fix: "moduleResolution": "bundler" in tsconfig.json; then this file can go.)
declare module 'vscode-jsonrpc' {
  export * from 'vscode-jsonrpc/lib/common/api';
}
declare module 'vscode-jsonrpc/node' {
  export * from 'vscode-jsonrpc/lib/node/main';
}
declare module 'vscode-languageserver-protocol' {
  export * from 'vscode-languageserver-protocol/lib/common/api';
}
declare module 'vscode-languageserver-protocol/node' {
  export * from 'vscode-languageserver-protocol/lib/node/main';
}
declare module 'vscode-languageserver' {
  export * from 'vscode-languageserver/lib/common/api';
}
declare module 'vscode-languageserver/node' {
  export * from 'vscode-languageserver/lib/node/main';
}
