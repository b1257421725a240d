// Prints one line of a Lighthouse JSON report: its four category scores and what the page transferred.
import { readFileSync } from 'node:fs';
const r = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const score = (c) => (r.categories[c] ? Math.round(r.categories[c].score * 100) : '-');
const kb = (b) => (b / 1024).toFixed(1);
const items = r.audits['network-requests']?.details?.items || [];
const total = items.reduce((s, i) => s + (i.transferSize || 0), 0);
const echarts = items.some((i) => /echarts/.test(i.url));
const failed = Object.values(r.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
  .map((a) => a.id);
console.log([process.argv[3].padEnd(36), String(score('performance')).padStart(5), String(score('accessibility')).padStart(5),
  String(score('best-practices')).padStart(5), String(score('seo')).padStart(5), kb(total).padStart(9),
  String(items.length).padStart(9), (echarts ? 'yes' : 'no').padStart(8), '  ' + failed.join(' ')].join(' '));
