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

const TAGS = ['daily', 'work', 'reading', 'health', 'project', 'meeting', 'idea', 'travel', 'finance', 'family'];
const TOPICS = ['quarterly planning', 'garden', 'marathon training', 'tax return', 'book club', 'kitchen renovation', 'team offsite', 'budget review'];

/**
 * File number `i` of a mixed Obsidian-style vault: mostly daily, project and meeting notes with
 * their own front-matter (tags, aliases, nested keys), templates whose `{{date}}` front-matter is
 * not YAML, plain Markdown, and one file in fifty an interview note or a thank-you letter.
 */
export function generateVaultFile(i: number): { name: string; text: string } {
  if (i % 50 === 0) {
    // Alternately an interview (note 10k) and the letter that links to it (note 10k + 4 links note 10k + 3: some links lead nowhere).
    const { name, text } = generateNote((i / 50) * 5 + (i % 100 === 0 ? 0 : 4));
    return { name: `job-search/${name}`, text };
  }
  const r = rng(i * 104_729 + 3);
  const body = Array.from({ length: 8 + Math.floor(r() * 16) }, () => Array.from({ length: 12 }, () => pick(r, WORDS)).join(' ')).join('\n');
  const kind = r();
  if (kind < 0.45) {
    const date = day(r);
    const lines = ['---', `created: ${date}`, `tags: [${pick(r, TAGS)}, ${pick(r, TAGS)}]`, 'aliases:', `  - ${date}`, `mood: ${pick(r, ['good', 'tired', 'busy'])}`, `weather: {temp: ${Math.floor(r() * 30)}, sky: ${pick(r, ['clear', 'rain'])}}`, '---'];
    return { name: `daily/${date}-${i}.md`, text: [...lines, `# ${date}`, '', body, ''].join('\n') };
  }
  if (kind < 0.7) {
    const topic = pick(r, TOPICS);
    const lines = ['---', `title: ${topic}`, 'status: active', 'meta:', `  owner: ${pick(r, FIRST)} ${pick(r, LAST)}`, `  due: ${day(r)}`, `  links: [${pick(r, TAGS)}]`, `tags:`, `  - ${pick(r, TAGS)}`, '---'];
    return { name: `projects/${slugOf(topic)}-${i}.md`, text: [...lines, `# ${topic}`, '', body, ''].join('\n') };
  }
  if (kind < 0.85) {
    // Meeting notes: some mention interviews in their text, which only a parse of the front-matter can rule out.
    const lines = ['---', `date: ${day(r)}`, `attendees: [${pick(r, FIRST)}, ${pick(r, FIRST)}]`, `topic: ${r() < 0.2 ? 'interview loop debrief' : pick(r, TOPICS)}`, '---'];
    return { name: `meetings/meeting-${i}.md`, text: [...lines, '', body, ''].join('\n') };
  }
  if (kind < 0.9) {
    return { name: `templates/template-${i}.md`, text: ['---', 'date: {{date}}', 'tags: [{{tag}}', 'title: {{title}}', '---', '# {{title}}', '', '- [ ] ', ''].join('\n') };
  }
  return { name: `notes/plain-${i}.md`, text: [`# Note ${i}`, '', body, ''].join('\n') };
}

function slugOf(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
