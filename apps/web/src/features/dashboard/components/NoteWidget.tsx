import Markdown, { type Components } from 'react-markdown';
import styles from './Widgets.module.css';

/** Links open outside the dashboard (a wall screen keeps showing it) and tell the browser nothing of it. */
const COMPONENTS: Components = {
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow">
      {children}
    </a>
  ),
};

/**
 * A note's Markdown as text: raw HTML in it is dropped (never parsed as markup), images are not loaded, and
 * react-markdown's URL filter leaves out javascript: and other unsafe links.
 */
export function NoteWidget({ text }: { text: string }) {
  return (
    <div className={styles.note} data-testid="note">
      <Markdown skipHtml disallowedElements={['img']} unwrapDisallowed components={COMPONENTS}>
        {text}
      </Markdown>
    </div>
  );
}
