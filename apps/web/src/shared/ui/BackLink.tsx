import type { ReactNode } from 'react';
import { Link, type To } from 'react-router-dom';
import { Icon } from './Icon';
import styles from './BackLink.module.css';

/** "← Back to …" at the top of a detail page. */
export function BackLink({ to, children }: { to: To; children: ReactNode }) {
  return (
    <Link to={to} className={styles.backLink} data-testid="back-link">
      <Icon name="back" size={14} />
      {children}
    </Link>
  );
}
