// Small notices for the unit rules: a cover notice with 主送机关, 署名 and 成文日期, then tasks with lead and
// participant lines. `tasks` are [lead list, participant list] pairs.
export function unitNotice(tasks: [string, string][], date = '2019年12月9日', addressee = '各县（市、区）人民政府，市政府各部门、直属各单位：'): string {
  const lines = [
    '嘉禾市人民政府办公室关于印发嘉禾市服务业提升工作方案的通知',
    addressee,
    '《嘉禾市服务业提升工作方案》已经市政府同意，现印发给你们，请认真贯彻实施。',
    '嘉禾市人民政府办公室',
    date,
    '嘉禾市服务业提升工作方案',
    '一、工作重点',
  ];
  tasks.forEach(([lead, part], k) => {
    lines.push(`${k + 1}.推进第${k + 1}项工作。`);
    lines.push(`牵头单位：${lead}。`);
    if (part) lines.push(`参与单位：${part}。`);
  });
  return lines.join('\n') + '\n';
}
