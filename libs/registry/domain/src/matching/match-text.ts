/**
 * The words of a text as the matcher compares them: every character bigram of each run of Chinese characters
 * (无人机巡检 → 无人, 人机, 机巡, 巡检) and every Latin word or number of two characters or more, lower-cased
 * (5G, BIM, AI). Bigrams that say nothing about a capability (场景, 应用, 建设, 服务, …) are cut out of the text first.
 */
const STOP_BIGRAMS = new Set([
  '场景', '应用', '建设', '服务', '提供', '相关', '能力', '技术', '解决', '方案', '开展', '实现', '进行', '以及', '重庆', '项目',
  '企业', '公司', '有限', '需求', '需要', '具备', '支持', '打造', '推动', '用于', '面向', '我们', '可以', '能够', '一体', '体化',
  '综合', '等领', '领域', '全市', '市级', '区县', '合作', '经验', '产品', '系统', '平台', '智能', '智慧', '数字',
]);
const STOP_WORDS = new Set(['and', 'the', 'for', 'with', 'of', 'to', 'in', 'on', 'system', 'platform', 'smart', 'service', 'services']);

export function matchTerms(text: string): Set<string> {
  const terms = new Set<string>();
  const lower = text.toLowerCase();
  for (const run of lower.match(/[\u3400-\u9fff]+/g) ?? []) {
    // Stop bigrams are cut out first, so that 智慧场景应用 leaves no bridging 慧场 or 景应 behind.
    for (const piece of cutStopBigrams(run)) {
      for (let i = 0; i + 1 < piece.length; i++) terms.add(piece.slice(i, i + 2));
    }
  }
  for (const word of lower.match(/[a-z0-9][a-z0-9+.-]*[a-z0-9+]|[a-z0-9]{2,}/g) ?? []) {
    if (word.length >= 2 && !STOP_WORDS.has(word)) terms.add(word);
  }
  return terms;
}

function cutStopBigrams(run: string): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (let i = 0; i < run.length; i++) {
    if (i + 1 < run.length && STOP_BIGRAMS.has(run.slice(i, i + 2))) {
      pieces.push(piece);
      piece = '';
      i++;
    } else {
      piece += run[i];
    }
  }
  pieces.push(piece);
  return pieces.filter((p) => p.length >= 2);
}

/** The terms of `need` that `offer` shares, in the order of `need`. */
export function sharedTerms(need: Set<string>, offer: Set<string>): string[] {
  return [...need].filter((term) => offer.has(term));
}
