// Round 16: notice-title-mismatch
// - a title with a blank before its 《 (关于印发 《某县防汛应急预案》的通知) named the issued document as ` 《某县防汛应急预案》`:
//   the message quoted 《 〈某县防汛应急预案〉》 and the fix wrote the blank and the 书名号 into the attached title line.
//   The name is taken without the blanks around it and without its outer 书名号, in the message and in the fix.
// - an attached title (or a cited one) that leaves out the leading place levels of the other name (某区某街道防汛应急预案
//   for 某市某区某街道防汛应急预案) names the same document; another place, or another name, is still flagged.
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fixes';
import { documentName } from '../../server/src/core/rules/notice/normalize';
import { check, collapse, crlf, halfWidth } from '../helpers';

const RULE = 'notice-title-mismatch';

/** One paragraph per line, CRLF, collapsed (a space, or 　　, between paragraphs), and each with half-width marks. */
const layouts = (t: string): string[] => {
  const spaced = collapse(t);
  const indented = t.split('\n').join('　　');
  return [t, crlf(t), spaced, indented, halfWidth(t), halfWidth(spaced)];
};

interface Parts {
  title: string;
  cited: string;
  signature: string;
  attached: string;
  addressee?: string;
}

const notice = (p: Parts): string =>
  [
    p.title,
    p.addressee ?? '各社区，街道机关各部门：',
    `${p.cited}已经研究同意，现印发给你们，请认真执行。`,
    p.signature,
    '2024年3月20日',
    p.attached,
    '一、总则',
    '本预案适用于辖区内的防汛工作。',
    '二、组织体系',
    '成立防汛工作领导小组。',
  ].join('\n');

/** The rule's findings as `start-end text | message | fix title: edits`. */
const found = (t: string, locale: 'zh' | 'en' = 'zh'): string[] =>
  check(t, [RULE]).map(
    (f) =>
      `${f.range.start}-${f.range.end} ${t.slice(f.range.start, f.range.end)} | ${f.message[locale]} | ${f.fixes
        .map((x) => `${x.title[locale]}: ${x.edits.map((e) => `${e.range.start}-${e.range.end}→${e.newText}`).join(';')}`)
        .join(',')}`,
  );

/** The text with the rule's first fix of each finding applied (the last finding first). */
const fixed = (t: string): string => {
  let out = t;
  for (const f of check(t, [RULE]).reverse()) out = applyEdits(out, f.fixes[0].edits);
  return out;
};

/** The offsets of the last occurrence of `s` in `t` (the attached title stands after the body). */
const lastAt = (t: string, s: string): string => {
  const at = t.lastIndexOf(s);
  assert.ok(at >= 0, `${s} in ${t}`);
  return `${at}-${at + s.length}`;
};

describe('round 16: notice-title-mismatch takes the issued name without blanks or its outer 书名号', () => {
  const county = (title: string, cited: string, attached: string): string =>
    notice({ title, cited, signature: '某县人民政府', attached, addressee: '各乡镇人民政府，县直各单位：' });
  // a blank (or a full-width one) before the 《, after the 》, inside it; and <> for 《》 as a page writes it
  const titles = [
    '某县人民政府关于印发 《某县防汛应急预案》的通知',
    '某县人民政府关于印发　《某县防汛应急预案》的通知',
    '某县人民政府关于印发 《某县防汛应急预案》 的通知',
    '某县人民政府关于印发 《 某县防汛应急预案 》的通知',
    '某县人民政府关于印发 <某县防汛应急预案>的通知',
    '某县人民政府关于印发<某县防汛应急预案>的通知',
  ];

  it('quotes the name as 《某县防汛应急预案》 and writes exactly 某县防汛应急预案 into the attached title', () => {
    for (const title of titles)
      for (const t of layouts(county(title, '《某县防汛应急预案》', '某县城区防汛应急预案'))) {
        const at = lastAt(t, '某县城区防汛应急预案');
        assert.deepEqual(
          found(t),
          [`${at} 某县城区防汛应急预案 | 所附文件的标题“某县城区防汛应急预案”与通知标题中印发的《某县防汛应急预案》不一致。 | 改为“某县防汛应急预案”: ${at}→某县防汛应急预案`],
          t,
        );
        assert.deepEqual(
          found(t, 'en'),
          [`${at} 某县城区防汛应急预案 | The attached document is titled "某县城区防汛应急预案", but the notice's title issues 《某县防汛应急预案》. | Write 某县防汛应急预案: ${at}→某县防汛应急预案`],
          t,
        );
        // the fix leaves nothing to report
        const after = fixed(t);
        assert.equal(after, t.slice(0, t.lastIndexOf('某县城区防汛应急预案')) + '某县防汛应急预案' + t.slice(t.lastIndexOf('某县城区防汛应急预案') + '某县城区防汛应急预案'.length));
        assert.deepEqual(found(after), [], after);
      }
  });

  it('writes the name in 书名号, once, where the body cites another document', () => {
    for (const title of titles)
      for (const t of layouts(county(title, '《某县城区防汛应急预案》', '某县防汛应急预案'))) {
        const at = (() => {
          const s = t.indexOf('《某县城区防汛应急预案》');
          return `${s}-${s + '《某县城区防汛应急预案》'.length}`;
        })();
        assert.deepEqual(
          found(t),
          [`${at} 《某县城区防汛应急预案》 | 正文所引《某县城区防汛应急预案》与标题中印发的《某县防汛应急预案》名称不一致，三处应为同一文件名称。 | 改为《某县防汛应急预案》: ${at}→《某县防汛应急预案》`],
          t,
        );
        const after = fixed(t);
        assert.ok(after.includes('《某县防汛应急预案》已经研究同意'), after);
        assert.deepEqual(found(after), [], after);
      }
  });

  it('keeps the marks of a nested document inside the name (〈〉 within the outer 《》, 《》 on the attached title line)', () => {
    const title = '某县人民政府关于印发 《某县贯彻〈防洪法〉实施方案》的通知';
    for (const t of layouts(county(title, '《某县贯彻〈防洪法〉实施方案》', '某县贯彻《防洪法》工作方案'))) {
      const at = lastAt(t, '某县贯彻《防洪法》工作方案');
      assert.deepEqual(
        found(t),
        [`${at} 某县贯彻《防洪法》工作方案 | 所附文件的标题“某县贯彻《防洪法》工作方案”与通知标题中印发的《某县贯彻〈防洪法〉实施方案》不一致。 | 改为“某县贯彻《防洪法》实施方案”: ${at}→某县贯彻《防洪法》实施方案`],
        t,
      );
      // (standing on its own line, the nested document is in 《》 again) and the fix leaves nothing to report
      const after = fixed(t);
      assert.ok(after.includes('某县贯彻《防洪法》实施方案'), after);
      assert.deepEqual(found(after), [], after);
    }
  });

  it('is silent when the attached title is the name (the blank before 《 does not count)', () => {
    for (const title of titles) for (const t of layouts(county(title, '《某县防汛应急预案》', '某县防汛应急预案'))) assert.deepEqual(found(t), [], t);
  });

  it('documentName: blanks, line breaks and the outer marks dropped, nested marks kept', () => {
    assert.equal(documentName(' 《某县防汛应急预案》'), '某县防汛应急预案');
    assert.equal(documentName('　《 某县防汛应急预案 》 '), '某县防汛应急预案');
    assert.equal(documentName(' <某县防汛应急预案>'), '某县防汛应急预案');
    assert.equal(documentName('＜某县防汛应急预案＞'), '某县防汛应急预案');
    assert.equal(documentName('《某县防汛\r\n  应急预案》'), '某县防汛应急预案');
    assert.equal(documentName('《某县防汛应急预案'), '某县防汛应急预案');
    assert.equal(documentName('某县防汛应急预案》'), '某县防汛应急预案');
    assert.equal(documentName(' 《某县贯彻〈防洪法〉实施方案》'), '某县贯彻〈防洪法〉实施方案');
    assert.equal(documentName('〈防洪法〉实施方案'), '〈防洪法〉实施方案');
    assert.equal(documentName('《甲方案》和《乙方案》'), '《甲方案》和《乙方案》');
    assert.equal(documentName('某县防汛应急预案'), '某县防汛应急预案');
  });
});

describe('round 16: notice-title-mismatch reads a name without its leading higher place levels as the same name', () => {
  const street = (title: string, cited: string, attached: string, signature = '某市某区某街道办事处'): string =>
    notice({ title, cited, signature, attached });
  const ISSUER = '某市某区某街道办事处关于印发';

  it('is silent when the attached title leaves out the city (市) before the district and street', () => {
    const t0 = street(`${ISSUER}某市某区某街道防汛应急预案的通知`, '《某市某区某街道防汛应急预案》', '某区某街道防汛应急预案');
    for (const t of layouts(t0)) assert.deepEqual(found(t), [], t);
    // or the city and the district
    const t1 = street(`${ISSUER}某市某区某街道防汛应急预案的通知`, '《某市某区某街道防汛应急预案》', '某街道防汛应急预案');
    for (const t of layouts(t1)) assert.deepEqual(found(t), [], t);
    // with a bracketed qualifier, full-width in one and half-width in the other
    const t2 = street(`${ISSUER}某市某区某街道防汛应急预案（试行）的通知`, '《某市某区某街道防汛应急预案（试行）》', '某区某街道防汛应急预案(试行)');
    for (const t of layouts(t2)) assert.deepEqual(found(t), [], t);
  });

  it('is silent when the attached title adds the district the issuer names before the issued street name', () => {
    const t0 = street(`${ISSUER}《某街道防汛应急预案》的通知`, '《某街道防汛应急预案》', '某区某街道防汛应急预案');
    for (const t of layouts(t0)) assert.deepEqual(found(t), [], t);
    // and a body citing the name with the district
    const t1 = street(`${ISSUER}《某街道防汛应急预案》的通知`, '《某区某街道防汛应急预案》', '某街道防汛应急预案');
    for (const t of layouts(t1)) assert.deepEqual(found(t), [], t);
  });

  it('is silent when a body citation leaves out the city', () => {
    const t0 = street(`${ISSUER}某市某区某街道防汛应急预案的通知`, '《某区某街道防汛应急预案》', '某市某区某街道防汛应急预案');
    for (const t of layouts(t0)) assert.deepEqual(found(t), [], t);
  });

  it('is silent on a province and city (省…市…) or a city and county (市…县…) left out', () => {
    const t0 = notice({ title: '某省某市人民政府关于印发某省某市防汛应急预案的通知', cited: '《某省某市防汛应急预案》', signature: '某省某市人民政府', attached: '某市防汛应急预案', addressee: '各区县人民政府，市政府各部门：' });
    for (const t of layouts(t0)) assert.deepEqual(found(t), [], t);
    const t1 = notice({ title: '某市某县人民政府关于印发某市某县防汛应急预案的通知', cited: '《某市某县防汛应急预案》', signature: '某市某县人民政府', attached: '某县防汛应急预案', addressee: '各乡镇人民政府，县直各单位：' });
    for (const t of layouts(t1)) assert.deepEqual(found(t), [], t);
    // a place whose own name ends in 州 before its level (某州市)
    const t2 = notice({ title: '某州市某区人民政府关于印发某州市某区防汛应急预案的通知', cited: '《某州市某区防汛应急预案》', signature: '某州市某区人民政府', attached: '某区防汛应急预案', addressee: '各街道办事处，区直各单位：' });
    for (const t of layouts(t2)) assert.deepEqual(found(t), [], t);
  });

  it('still flags another place before the street', () => {
    // the title names the district: the attached title names another
    const t0 = street(`${ISSUER}某市某区某街道防汛应急预案的通知`, '《某市某区某街道防汛应急预案》', '另区某街道防汛应急预案');
    for (const t of layouts(t0)) {
      const at = lastAt(t, '另区某街道防汛应急预案');
      assert.deepEqual(found(t), [`${at} 另区某街道防汛应急预案 | 所附文件的标题“另区某街道防汛应急预案”与通知标题中印发的《某市某区某街道防汛应急预案》不一致。 | 改为“某市某区某街道防汛应急预案”: ${at}→某市某区某街道防汛应急预案`], t);
    }
    // the title names the street alone: a district the issuer does not name
    const t1 = street(`${ISSUER}《某街道防汛应急预案》的通知`, '《某街道防汛应急预案》', '另区某街道防汛应急预案');
    for (const t of layouts(t1)) {
      const at = lastAt(t, '另区某街道防汛应急预案');
      assert.deepEqual(found(t), [`${at} 另区某街道防汛应急预案 | 所附文件的标题“另区某街道防汛应急预案”与通知标题中印发的《某街道防汛应急预案》不一致。 | 改为“某街道防汛应急预案”: ${at}→某街道防汛应急预案`], t);
    }
    // a body citation with another district
    const t2 = street(`${ISSUER}《某街道防汛应急预案》的通知`, '《另区某街道防汛应急预案》', '某街道防汛应急预案');
    for (const t of layouts(t2)) {
      const s = t.indexOf('《另区某街道防汛应急预案》');
      const at = `${s}-${s + '《另区某街道防汛应急预案》'.length}`;
      assert.deepEqual(found(t), [`${at} 《另区某街道防汛应急预案》 | 正文所引《另区某街道防汛应急预案》与标题中印发的《某街道防汛应急预案》名称不一致，三处应为同一文件名称。 | 改为《某街道防汛应急预案》: ${at}→《某街道防汛应急预案》`], t);
    }
  });

  it('still flags another name after the place, words that are no place, and a name left with no place at all', () => {
    const flagged = (title: string, cited: string, attached: string, want: string, signature?: string) => {
      for (const t of layouts(street(title, cited, attached, signature))) {
        const at = lastAt(t, attached);
        assert.deepEqual(found(t), [`${at} ${attached} | 所附文件的标题“${attached}”与通知标题中印发的《${want}》不一致。 | 改为“${want}”: ${at}→${want}`], t);
      }
    };
    // another name
    flagged(`${ISSUER}某市某区某街道防汛应急预案的通知`, '《某市某区某街道防汛应急预案》', '某区某街道防汛救灾预案', '某市某区某街道防汛应急预案');
    // words before the name that are no place (全面推进, 全区)
    flagged(`${ISSUER}全面推进某区某街道防汛工作方案的通知`, '《全面推进某区某街道防汛工作方案》', '某区某街道防汛工作方案', '全面推进某区某街道防汛工作方案');
    flagged(`${ISSUER}全区某街道防汛应急预案的通知`, '《全区某街道防汛应急预案》', '某街道防汛应急预案', '全区某街道防汛应急预案');
    // every place left out: no lower level left to name the place
    flagged(`${ISSUER}某市某区防汛应急预案的通知`, '《某市某区防汛应急预案》', '防汛应急预案', '某市某区防汛应急预案');
    // a place added that the issuer does not name (the 署名 and the title name only the street)
    flagged('某街道办事处关于印发《某街道防汛应急预案》的通知', '《某街道防汛应急预案》', '某区某街道防汛应急预案', '某街道防汛应急预案', '某街道办事处');
  });
});
