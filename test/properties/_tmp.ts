import { format } from '../../server/src/core/features/format';
import { parse } from '../../server/src/core/parse';
const full = " 引 号：\t000014349/2018-00230\t主题分类：\t城乡建设、环境保护\\节能与资源综合利用\n发文字号：\t国办发〔2018〕128号\t发布日期：\t2019年01月21日\n国";
const bad = (t: string) => { const a = format(t); return format(a) !== a; };
let cur = full;
for (let size of [8,4,2,1]) for (let changed = true; changed;) { changed = false; for (let i = 0; i + size <= cur.length; i++) { const c = cur.slice(0,i)+cur.slice(i+size); if (bad(c)) { cur = c; changed = true; } } }
const a = format(cur);
console.log(JSON.stringify(cur)); console.log(JSON.stringify(a)); console.log(JSON.stringify(format(a)));
console.log(JSON.stringify(parse(cur).residue), JSON.stringify(parse(a).residue));
