import { TextDocument } from 'vscode-languageserver-textdocument';
let d = TextDocument.create('u','x',1,'');
d = TextDocument.update(d, [{range:{start:{line:1,character:5},end:{line:2,character:0}}, text:'\n'}], 2);
console.log(JSON.stringify(d.getText()), d.lineCount, JSON.stringify((d as any)._lineOffsets));
d = TextDocument.update(d, [{range:{start:{line:1,character:0},end:{line:1,character:0}}, text:'X'}], 3);
console.log(JSON.stringify(d.getText()), d.lineCount, JSON.stringify((d as any)._lineOffsets));
let e = TextDocument.create('u','x',1,'ab');
e = TextDocument.update(e, [{range:{start:{line:3,character:0},end:{line:3,character:0}}, text:'\nc'}], 2);
console.log(JSON.stringify(e.getText()), e.lineCount, JSON.stringify((e as any)._lineOffsets), e.positionAt(4), e.offsetAt({line:1,character:1}));
