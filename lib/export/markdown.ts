import type { Clipping } from '../store/types';
import { textFragmentUrl } from './text-fragment';

export const MARKDOWN_MIME_TYPE = 'text/markdown';

/**
 * A YAML double-quoted scalar. JSON's string escapes are a subset of YAML's, so JSON.stringify does
 * most of the work; YAML additionally treats NEL, LS, PS and BOM as breaks or markers, so those are
 * escaped as well.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(/[\u0085\u2028\u2029\ufeff\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function yamlList(values: readonly string[]): string {
  return values.length === 0 ? ' []' : values.map((value) => `\n  - ${yamlString(value)}`).join('');
}

// Every character that could start Markdown or Obsidian syntax inline: emphasis, code, links, images,
// HTML, tables, strikethrough, wikilinks/embeds, tags, math, comments, highlights, block ids, entities,
// e-mail autolinks.
const INLINE_SYNTAX = /[\\`*_[\]<>!|~{}#$%=^&@]/g;
// Bare URLs (scheme, colon, no space) and www. hosts become links in GFM and Obsidian; escaping the
// colon or dot stops that (e-mail autolinks are stopped by escaping @ above).
const AUTOLINK = /\b([a-z][a-z0-9+.-]*)(:)(?=\S)|\b(www)(\.)/gi;

/**
 * Escapes page text so it renders as the same words and can form no link, image, HTML, code block,
 * list, heading or quote. Leading indentation is dropped (four spaces would start a code block).
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => {
      const escaped = line
        .replace(/^[ \t]+/, '')
        .replace(INLINE_SYNTAX, '\\$&')
        .replace(AUTOLINK, (_, scheme?: string, colon?: string, www?: string, dot?: string) =>
          scheme !== undefined ? `${scheme}\\${colon}` : `${www}\\${dot}`,
        );
      // Line starts that make lists, headings or setext underlines: - + and "1." / "1)".
      return escaped.replace(/^([-+])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
    })
    .join('\n');
}

function quoteBlock(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

function frontMatter(clipping: Clipping): string {
  const fields = [
    `title: ${yamlString(clipping.title)}`,
    `site: ${yamlString(clipping.site)}`,
    `byline: ${yamlString(clipping.byline)}`,
    `published: ${clipping.publishedAt ? yamlString(clipping.publishedAt.slice(0, 10)) : 'null'}`,
    `saved: ${yamlString(clipping.savedAt)}`,
    `url: ${yamlString(clipping.url)}`,
    `tags:${yamlList(clipping.tags)}`,
    `entities:${yamlList(clipping.entities.map((entity) => entity.name))}`,
    `diplomark-id: ${yamlString(clipping.id)}`,
  ];
  return `---\n${fields.join('\n')}\n---`;
}

/**
 * One clipping as an Obsidian-friendly Markdown note: YAML front matter, the reader's note, each
 * highlight as a quote linking back to the passage on the page (text fragment), then the article text.
 */
export function clippingToMarkdown(clipping: Clipping): string {
  const parts = [frontMatter(clipping), `# ${escapeMarkdown(clipping.title || clipping.url).replace(/\n/g, ' ')}`];
  if (clipping.note.trim()) parts.push(escapeMarkdown(clipping.note));
  if (clipping.highlights.length > 0) {
    parts.push('## Highlights');
    const ordered = [...clipping.highlights].sort((a, b) => a.selectors[1].start - b.selectors[1].start);
    for (const highlight of ordered) {
      const block = [quoteBlock(highlight.selectors[0].exact), `> — [on the page](${textFragmentUrl(clipping.url, highlight)})`];
      if (highlight.note.trim()) block.push('', escapeMarkdown(highlight.note));
      parts.push(block.join('\n'));
    }
  }
  parts.push('## Text', escapeMarkdown(clipping.text));
  return `${parts.join('\n\n')}\n`;
}

/** A file name for the note: the title with characters that file systems or Obsidian refuse removed. */
export function markdownFileName(clipping: Clipping, taken: Set<string> = new Set()): string {
  const stem =
    (clipping.title || clipping.site || 'clipping')
      .replace(/[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 100)
      .trim() || 'clipping';
  let name = `${stem}.md`;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${stem} (${n}).md`;
  taken.add(name.toLowerCase());
  return name;
}
