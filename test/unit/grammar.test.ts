import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const ROOT = resolve(__dirname, '../../..');
const INJECTION = 'markdown.interview-followup.injection';

/** Tokenizes with a small stand-in for VS Code's Markdown grammar plus our injection, as VS Code composes them. */
async function loadGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const files: Record<string, string> = {
    'text.html.markdown': 'test/fixtures/grammar/markdown-host.tmLanguage.json',
    [INJECTION]: 'syntaxes/interview-followup.injection.json',
  };
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const contributed = manifest.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === INJECTION);
  assert.deepEqual(contributed.injectTo, ['text.html.markdown']);
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => (files[scope] ? parseRawGrammar(readFileSync(join(ROOT, files[scope]), 'utf8'), join(ROOT, files[scope])) : null),
    getInjections: (scope) => (scope === 'text.html.markdown' ? [INJECTION] : undefined),
  });
  return (await registry.loadGrammar('text.html.markdown'))!;
}

/** "text => scope" for every token that has one of our scopes. */
function ourTokens(grammar: IGrammar, text: string): string[] {
  let state = INITIAL;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      const scope = token.scopes.find((s) => s.endsWith('.interview-followup'));
      if (scope) out.push(`${line.slice(token.startIndex, token.endIndex)} => ${scope.replace('.interview-followup', '')}`);
    }
    state = result.ruleStack;
  }
  return out;
}

describe('the TextMate injection grammar', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  it('highlights front-matter keys, dates and action kinds', () => {
    const text = ['---', 'type: interview', 'date: 2026-11-19 14:00', 'done:', '  network: 2026-12-03', 'unknown_key: x', '---'].join('\n');
    assert.deepEqual(ourTokens(grammar, text), [
      'type => support.type.property-name',
      'date => support.type.property-name',
      '2026-11-19 14:00 => constant.numeric.date',
      'done => support.type.property-name',
      'network => constant.language.action-kind',
      '2026-12-03 => constant.numeric.date',
    ]);
  });

  it('highlights an interviewer\'s email and salutation keys', () => {
    const text = ['---', 'type: interview', 'interviewers:', '  - name: Jane Smith', '    email: jane@acme.example', '    salutation: Ms. Smith', '---'].join('\n');
    const tokens = ourTokens(grammar, text).filter((t) => t.endsWith('support.type.property-name'));
    assert.deepEqual(tokens, ['type => support.type.property-name', 'interviewers => support.type.property-name', 'name => support.type.property-name', 'email => support.type.property-name', 'salutation => support.type.property-name']);
  });

  it('highlights placeholders and the follow-up vocabulary in the body', () => {
    const text = ['---', 'type: thank-you', '---', 'Dear {{name}}, thanks for the call about the offer.', 'I will follow up on 2026-12-01T10:00-05:00.'].join('\n');
    assert.deepEqual(ourTokens(grammar, text), [
      'type => support.type.property-name',
      'thank-you => constant.language.action-kind',
      '{{name}} => constant.other.placeholder',
      'offer => keyword.other.follow-up',
      'follow up => keyword.other.follow-up',
      '2026-12-01T10:00-05:00 => constant.numeric.date',
    ]);
  });

  it('highlights the placeholders people type by hand, not links or words that contain them', () => {
    const text = ['---', 'type: thank-you', '---', 'At [Company] I met [insert name]; <your name>, XXX and TBD.', 'See [the site](https://x.example) and TODOs later.'].join('\n');
    assert.deepEqual(ourTokens(grammar, text).filter((t) => t.includes('placeholder')), [
      '[Company] => constant.other.placeholder',
      '[insert name] => constant.other.placeholder',
      '<your name> => constant.other.placeholder',
      'XXX => constant.other.placeholder',
      'TBD => constant.other.placeholder',
    ]);
  });

  it('leaves code alone', () => {
    const text = ['# Notes', '```', 'status: offer {{x}} 2026-11-19', '```', 'and `thank-you` inline'].join('\n');
    assert.deepEqual(ourTokens(grammar, text), []);
  });
});
