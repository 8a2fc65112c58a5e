import { describe, expect, it } from 'vitest';
import { httpUrl } from './links';

describe('httpUrl', () => {
  it('keeps http and https addresses', () => {
    expect(httpUrl('https://m.fx361.cc/news/2024/0420/23560259.html')).toBe(
      'https://m.fx361.cc/news/2024/0420/23560259.html',
    );
    expect(httpUrl(' HTTP://example.com ')).toBe('http://example.com/');
  });

  it('refuses every other scheme, however it is spelled', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      '//evil.example/x',
      '/relative/path',
      'https:/missing-slash',
      '',
      null,
      undefined,
    ])
      expect(httpUrl(bad), String(bad)).toBeNull();
  });
});
