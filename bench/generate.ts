/** Realistic synthetic notes for the benchmarks and the fast path's differential test (deterministic). */

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const COMPANIES = ['Acme Corp', 'Globex', 'Initech', 'Umbrella Health', 'Hooli', 'Vandelay Industries', 'Soylent', 'Stark Labs', 'Wayne Enterprises', 'Pied Piper'];
const ROLES = ['Senior Engineer', 'Product Designer', 'Data Scientist', 'Site Reliability Engineer', 'Engineering Manager', 'Backend Developer'];
const FIRST = ['Jane', 'Raj', 'Chidi', 'María', 'Daniela', 'Wei', 'Olu', 'Sam', 'Dana', 'Ana', 'Lars', 'Yuki'];
const LAST = ['Smith', 'Patel', 'Okonkwo', 'García', 'Chen', 'Adeyemi', 'Ortiz', 'Lee', 'Nilsson', 'Tanaka'];
const TITLES = ['Engineering Manager', 'Staff Engineer', 'Director of Platform', 'CTO', 'Recruiter', 'Head of Design'];
const STATUSES = ['waiting', 'waiting', 'waiting', 'offer', 'rejected', 'withdrawn', 'accepted'];
const WORDS = 'the team asked about distributed systems and how I would approach the migration of billing services while keeping on call sustainable we discussed hiring plans growth culture feedback and the roadmap for next year'.split(' ');

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

function day(r: () => number, base = 0): string {
  const d = new Date(Date.UTC(2026, 0, 1) + (base + Math.floor(r() * 300)) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** Note number `i`: an interview (or, one in five, a thank-you letter), about 2 KB. */
export function generateNote(i: number): { name: string; text: string } {
  const r = rng(i * 7919 + 17);
  const company = pick(r, COMPANIES);
  const people = Array.from({ length: 1 + Math.floor(r() * 3) }, () => `${pick(r, FIRST)} ${pick(r, LAST)}`);
  const body = Array.from({ length: 24 }, () => Array.from({ length: 10 }, () => pick(r, WORDS)).join(' ')).join('\n');
  if (i % 5 === 4) {
    const text = ['---', 'type: thank-you', `interview: ../interviews/note-${i - 1}.md`, `to: ${people[0]}`, 'via: email', `sent: ${r() < 0.5 ? day(r) : ''}`.trimEnd(), '---', `Dear ${people[0]},`, '', body, ''].join('\n');
    return { name: `letters/note-${i}.md`, text };
  }
  const lines = ['---', 'type: interview', `company: ${company}`, `role: ${pick(r, ROLES)}`, `stage: ${pick(r, ['phone screen', 'onsite', 'final'])}`];
  lines.push(`date: ${day(r)}${r() < 0.5 ? ' 14:00' : ''}`);
  if (r() < 0.3) lines.push('timezone: America/New_York');
  if (r() < 0.7) lines.push(`decision_expected: ${day(r)}   # they said so`);
  lines.push(`contact_via: ${pick(r, ['email', 'mail', 'fax', 'phone'])}`);
  const status = pick(r, STATUSES);
  lines.push(`status: ${status}`);
  if (status !== 'waiting') lines.push(`status_date: ${day(r)}`);
  if (r() < 0.6) lines.push(`references: [${pick(r, FIRST)} ${pick(r, LAST)}, ${pick(r, FIRST)} ${pick(r, LAST)}]`);
  lines.push('interviewers:');
  for (const p of people) {
    lines.push(`  - name: ${p}`, `    title: ${pick(r, TITLES)}`);
    if (r() < 0.3) lines.push(`    email: ${p.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`);
    if (r() < 0.4) lines.push(`    thank_you_sent: ${day(r)}`);
  }
  if (r() < 0.5) {
    lines.push('follow_ups:');
    for (let k = 0; k < 1 + Math.floor(r() * 2); k++) lines.push(`  - date: ${day(r)}`, `    via: phone`, `    note: "Left a voicemail"`);
  }
  if (r() < 0.2) lines.push('done:', `  network: ${day(r)}`);
  if (r() < 0.2) lines.push('snooze:', `  follow-up-call: ${day(r)}`);
  lines.push('---', `# ${company}`, '', body, '');
  return { name: `interviews/note-${i}.md`, text: lines.join('\n') };
}
