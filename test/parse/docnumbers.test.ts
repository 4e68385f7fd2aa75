// 发文字号: issuer, year, number, bracket forms, 第 and leading zeros; not court numbers, orders or standards.
import { strict as assert } from 'node:assert';
import { findDocNumbers } from '../../server/src/core/parse/docnumbers';
import { parse } from '../../server/src/core/parse/index';
import type { DocNumber } from '../../server/src/core/model';
import { seedText } from '../helpers';

const brief = (d: DocNumber): string =>
  `${d.text}|${d.issuer}|${d.year}|${d.yearPart.text}|${d.number.text}|${d.canonicalBrackets ? 'ok' : 'wrong'}${d.hasDi ? '|di' : ''}${d.leadingZero ? '|zero' : ''}`;

function nums(t: string): string[] {
  const ds = findDocNumbers(t);
  for (const d of ds) {
    assert.equal(t.slice(d.start, d.end), d.text);
    assert.equal(t.slice(d.yearPart.start, d.yearPart.end), d.yearPart.text);
    assert.equal(t.slice(d.number.start, d.number.end), d.number.text);
  }
  return ds.map(brief);
}

describe('parse/docnumbers', () => {
  it('the seed cites 嘉政发〔2009〕61号 and 62号', () => {
    const seed = seedText();
    const ds = parse(seed).docNumbers;
    assert.deepEqual(ds.map(brief), ['嘉政发〔2009〕61号|嘉政发|2009|〔2009〕|61|ok', '嘉政发〔2009〕62号|嘉政发|2009|〔2009〕|62|ok']);
    assert.equal(ds[0].start, seed.indexOf('嘉政发〔2009〕61号'));
  });

  it('canonical forms', () => {
    assert.deepEqual(nums('国办发〔2018〕128号，浙政办发〔2023〕5号'), ['国办发〔2018〕128号|国办发|2018|〔2018〕|128|ok', '浙政办发〔2023〕5号|浙政办发|2023|〔2023〕|5|ok']);
  });

  it('wrong brackets, 第 and leading zeros', () => {
    assert.deepEqual(
      nums('嘉政发[2009]61号、嘉政发(2009)61号、嘉政发（2009）61号、嘉政发［2009］61号、嘉政发【2009】61号、嘉政发〖2009〗61号、嘉政发︹2009︺61号、嘉政发„2009‟61号、嘉政发〔2009〕第61号、嘉政发〔2009〕061号'),
      [
        '嘉政发[2009]61号|嘉政发|2009|[2009]|61|wrong',
        '嘉政发(2009)61号|嘉政发|2009|(2009)|61|wrong',
        '嘉政发（2009）61号|嘉政发|2009|（2009）|61|wrong',
        '嘉政发［2009］61号|嘉政发|2009|［2009］|61|wrong',
        '嘉政发【2009】61号|嘉政发|2009|【2009】|61|wrong',
        '嘉政发〖2009〗61号|嘉政发|2009|〖2009〗|61|wrong',
        '嘉政发︹2009︺61号|嘉政发|2009|︹2009︺|61|wrong',
        '嘉政发„2009‟61号|嘉政发|2009|„2009‟|61|wrong',
        '嘉政发〔2009〕第61号|嘉政发|2009|〔2009〕|61|ok|di',
        '嘉政发〔2009〕061号|嘉政发|2009|〔2009〕|061|ok|zero',
      ],
    );
  });

  it('drops prose before the issuer code', () => {
    assert.deepEqual(nums('根据嘉政发〔2009〕61号文件精神'), ['嘉政发〔2009〕61号|嘉政发|2009|〔2009〕|61|ok']);
  });

  it('a blank before 号 or inside the brackets (a PDF copy: 嘉政发〔2005〕32 号)', () => {
    assert.deepEqual(nums('嘉政发〔2005〕32 号、嘉政发〔2005 〕33号、嘉政发〔2005〕　34　号'), [
      '嘉政发〔2005〕32 号|嘉政发|2005|〔2005〕|32|ok',
      '嘉政发〔2005 〕33号|嘉政发|2005|〔2005 〕|33|wrong',
      '嘉政发〔2005〕　34　号|嘉政发|2005|〔2005〕|34|ok',
    ]);
  });

  it('not court case numbers, orders or standards', () => {
    assert.deepEqual(nums('(2023)浙01民初123号 （2023）浙0402民初5号 国务院令第388号 GB/T 9704-2012 〔2009〕61号'), []);
  });
});
