import { describe, expect, it } from 'vitest';
import { htmlSnippet, htmlToParagraphs, textToHtml } from './html-text';

describe('htmlToParagraphs', () => {
  it('splits paragraphs, keeps line breaks and decodes entities', () => {
    expect(htmlToParagraphs('<p>Hi &amp; welcome,</p><p>line one<br>line two &lt;ok&gt; &#39;x&#x27;</p>')).toEqual([
      'Hi & welcome,',
      "line one\nline two <ok> 'x'",
    ]);
  });

  it('drops scripts, styles and every tag, so nothing from a body can run', () => {
    expect(htmlToParagraphs('<p onclick="x()">safe</p><script>alert(1)</script><style>p{}</style><img src=x>')).toEqual(
      ['safe'],
    );
  });

  it('gives nothing for an empty body', () => {
    expect(htmlToParagraphs(null)).toEqual([]);
    expect(htmlToParagraphs('<p> </p>')).toEqual([]);
  });
});

describe('htmlSnippet', () => {
  it('joins paragraphs on one line and cuts long text', () => {
    expect(htmlSnippet('<p>a</p><p>b</p>')).toBe('a b');
    expect(htmlSnippet(`<p>${'word '.repeat(20)}</p>`, 12)).toBe('word word w…');
  });
});

describe('textToHtml', () => {
  it('escapes typed text and keeps its paragraphs and line breaks', () => {
    expect(textToHtml(' <b>Hi</b> & "you"\nthere\n\nBye ')).toBe(
      '<p>&lt;b&gt;Hi&lt;/b&gt; &amp; &quot;you&quot;<br>there</p><p>Bye</p>',
    );
    expect(htmlToParagraphs(textToHtml('<b>Hi</b>\n\nBye'))).toEqual(['<b>Hi</b>', 'Bye']);
  });
});
