// Workspace files are JSON data, never code. Locating a JSON syntax error: JSON.parse does not always report a position (V8 says only
// "Unexpected token '}', … is not valid JSON" for some errors), so this scanner finds the offset of
// the first error in one linear pass. It validates; JSON.parse still produces the value.

export interface JsonSyntaxError {
  offset: number;
  line: number; // 1-based
  column: number; // 1-based, UTF-16 units
  message: { zh: string; en: string };
}

export function parseJsonData(text: string): { value?: unknown; error?: JsonSyntaxError } {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { error: locateJsonError(text) };
  }
}

export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function locateJsonError(text: string): JsonSyntaxError {
  let i = 0;
  const n = text.length;
  class Fail {
    constructor(readonly at: number, readonly zh: string, readonly en: string) {}
  }
  const fail = (zh: string, en: string, at = i): never => {
    throw new Fail(at, zh, en);
  };
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const str = () => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 0x20) fail('字符串中有未转义的控制字符（或缺少右引号）', 'unescaped control character in a string (or a missing closing quote)');
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('无效的 \\u 转义', 'invalid \\u escape');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('无效的转义字符', 'invalid escape');
      } else i++;
    }
    fail('字符串缺少右引号', 'unterminated string');
  };
  const num = () => {
    const m = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    m.lastIndex = i;
    const r = m.exec(text);
    if (!r || r[0] === '' || r[0] === '-') fail('无效的数字', 'invalid number');
    i += r![0].length;
  };
  // Iterative value parser (no recursion, so 100,000 nested brackets cannot overflow the stack).
  const stack: ('[' | '{')[] = [];
  const value = (): void => {
    for (;;) {
      ws();
      if (i >= n) fail('内容意外结束', 'unexpected end of input');
      const c = text[i];
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        ws();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          return;
        }
        if (c === '{') key();
        continue; // the container's first value
      }
      if (c === '"') return str();
      if (c === '-' || (c >= '0' && c <= '9')) return num();
      for (const lit of ['true', 'false', 'null']) if (text.startsWith(lit, i)) return void (i += lit.length);
      fail(`意外的字符“${c}”`, `unexpected character '${c}'`);
    }
  };
  const key = () => {
    ws();
    if (text[i] !== '"') fail('此处应为带双引号的属性名', 'expected a double-quoted property name');
    str();
    ws();
    if (text[i] !== ':') fail('属性名后应为冒号“:”', "expected ':' after a property name");
    i++;
  };
  try {
    value();
    for (;;) {
      ws();
      const top = stack[stack.length - 1];
      if (!top) break;
      const close = top === '{' ? '}' : ']';
      if (i >= n) fail('内容意外结束（缺少“' + close + '”）', `unexpected end of input (missing '${close}')`);
      if (text[i] === close) {
        stack.pop();
        i++;
        continue;
      }
      if (text[i] !== ',') fail(`此处应为“,”或“${close}”`, `expected ',' or '${close}'`);
      i++;
      ws();
      if (text[i] === close) fail('末尾多余的逗号', 'trailing comma');
      if (top === '{') key();
      value();
    }
    ws();
    if (i < n) fail('JSON 值之后有多余内容', 'unexpected content after the JSON value');
    // The scanner found nothing: report the end (JSON.parse and the scanner disagree only on exotic input).
    return { offset: n, ...lineColumnAt(text, n), message: { zh: '无效的 JSON', en: 'invalid JSON' } };
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    return { offset: e.at, ...lineColumnAt(text, e.at), message: { zh: e.zh, en: e.en } };
  }
}

/**
 * Offset of the '{' opening the object at `path` (keys from the root) in a valid JSON text, and
 * whether that object is empty; undefined when there is no object there. One linear pass.
 */
export function objectAt(text: string, path: string[]): { open: number; empty: boolean } | undefined {
  const n = text.length;
  const want = JSON.stringify(path);
  const stack: { isObj: boolean; path: string[]; key?: string; expectKey: boolean }[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < n) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ':') {
      i++;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === '{' || c === '[') {
      const path2 = top ? [...top.path, top.isObj ? (top.key ?? '') : '#'] : [];
      if (c === '{' && JSON.stringify(path2) === want) {
        let j = i + 1;
        while (j < n && /\s/.test(text[j])) j++;
        return { open: i, empty: text[j] === '}' };
      }
      stack.push({ isObj: c === '{', path: path2, expectKey: c === '{' });
      i++;
      continue;
    }
    if (c === '}' || c === ']') {
      stack.pop();
      i++;
      continue;
    }
    if (c === ',') {
      if (top?.isObj) top.expectKey = true;
      i++;
      continue;
    }
    if (c === '"') {
      const start = i++;
      while (i < n && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      if (top?.isObj && top.expectKey) {
        try {
          top.key = JSON.parse(text.slice(start, i)) as string;
        } catch {
          return undefined;
        }
        top.expectKey = false;
      }
      continue;
    }
    // number, true, false, null
    while (i < n && !',}] \t\n\r'.includes(text[i])) i++;
  }
  return undefined;
}
