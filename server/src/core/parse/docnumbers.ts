// 发文字号 such as 嘉政发〔2009〕61号, including wrong bracket forms.
import type { DocNumber } from '../model';

export function findDocNumbers(text: string, from = 0, to = text.length): DocNumber[] {
  void text; void from; void to;
  return [];
}
