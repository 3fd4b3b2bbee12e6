import type { ComponentChildren } from 'preact';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

/** A link's target as the extension page can follow it: web addresses only (the repository's files are not in the build). */
function webAddress(url: string): string | null {
  return /^https:\/\//.test(url) ? url : null;
}

function children(node: { children: Nodes[] }): ComponentChildren {
  return node.children.map((child, i) => <MarkdownNode key={i} node={child} />);
}

/** One Markdown node as Preact elements (the small subset the project's policy pages use). */
function MarkdownNode({ node }: { node: Nodes }): ComponentChildren {
  switch (node.type) {
    case 'root':
      return children(node);
    case 'heading': {
      const Heading = `h${Math.min(node.depth, 4)}` as 'h1';
      return <Heading>{children(node)}</Heading>;
    }
    case 'paragraph':
      return <p>{children(node)}</p>;
    case 'list':
      return node.ordered ? <ol>{children(node)}</ol> : <ul>{children(node)}</ul>;
    case 'listItem':
      return <li>{children(node)}</li>;
    case 'blockquote':
      return <blockquote>{children(node)}</blockquote>;
    case 'strong':
      return <strong>{children(node)}</strong>;
    case 'emphasis':
      return <em>{children(node)}</em>;
    case 'inlineCode':
      return <code>{node.value}</code>;
    case 'text':
      return node.value;
    case 'break':
      return <br />;
    case 'thematicBreak':
      return <hr />;
    case 'link': {
      const href = webAddress(node.url);
      return href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {children(node)}
        </a>
      ) : (
        <>{children(node)}</>
      );
    }
    default:
      return null;
  }
}

/**
 * Renders Markdown text as elements, never as HTML: raw HTML in the source is dropped, and links
 * into the repository (which the extension does not ship) become plain text.
 */
export function Markdown({ text }: { text: string }) {
  return <MarkdownNode node={fromMarkdown(text)} />;
}
