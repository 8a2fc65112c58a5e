import { describe, expect, it } from 'vitest';
import { inside, refusal } from './desk-server.ts';
import { TOKEN_HEADER } from './lib/desk/endpoint.ts';

const own = { port: 4318, token: 'a'.repeat(48) };
const request = (
  over: { method?: string; remote?: string; headers?: Record<string, string> } = {},
) => ({
  method: over.method ?? 'POST',
  socket: { remoteAddress: over.remote ?? '127.0.0.1' },
  headers: {
    host: '127.0.0.1:4318',
    origin: 'http://127.0.0.1:4318',
    'sec-fetch-site': 'same-origin',
    'content-type': 'application/json',
    [TOKEN_HEADER]: own.token,
    ...over.headers,
  },
});

describe('the desk save endpoint only takes its own pages’ requests', () => {
  it('accepts a POST from this server’s page with the run’s token', () => {
    expect(refusal(request(), own)).toBeNull();
  });
  it('refuses another origin, a missing or wrong token, another host, a remote peer, GET', () => {
    expect(refusal(request({ headers: { origin: 'http://evil.example' } }), own)).toMatch(
      /own pages/,
    );
    expect(refusal(request({ headers: { 'sec-fetch-site': 'cross-site' } }), own)).toMatch(
      /own pages/,
    );
    expect(refusal(request({ headers: { [TOKEN_HEADER]: '' } }), own)).toMatch(/token/);
    expect(refusal(request({ headers: { [TOKEN_HEADER]: 'b'.repeat(48) } }), own)).toMatch(/token/);
    // DNS rebinding: a page of another name resolving to 127.0.0.1.
    expect(
      refusal(
        request({ headers: { host: 'evil.example:4318', origin: 'http://evil.example:4318' } }),
        own,
      ),
    ).toMatch(/Host/);
    expect(refusal(request({ remote: '192.168.1.20' }), own)).toMatch(/this computer/);
    expect(refusal(request({ method: 'GET' }), own)).toMatch(/POST/);
    expect(refusal(request({ headers: { 'content-type': 'text/plain' } }), own)).toMatch(/JSON/);
  });
});

describe('the desk writes only its own files, inside the folder', () => {
  it('takes the decision files, the manifest and generated article names', () => {
    const files = new Map([
      ['corrections.csv', 'x'],
      ['reviewed.csv', 'x'],
      ['manifest.csv', 'x'],
      ['005_0123456789abcdef.txt', 'x'],
    ]);
    expect([...inside('/tmp/scratch/data', files).keys()]).toEqual([
      '/tmp/scratch/data/corrections.csv',
      '/tmp/scratch/data/reviewed.csv',
      '/tmp/scratch/data/manifest.csv',
      '/tmp/scratch/data/005_0123456789abcdef.txt',
    ]);
  });
  it('refuses any other name, a path out of the folder, an existing seed’s name', () => {
    for (const name of [
      'figures.csv',
      'glossary.csv',
      '../corrections.csv',
      'sub/manifest.csv',
      '000_6c78977ad545aa15',
      '.bashrc',
    ])
      expect(() => inside('/tmp/scratch/data', new Map([[name, 'x']])), name).toThrow(/refused/);
  });
});
