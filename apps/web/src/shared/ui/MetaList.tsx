import type { ReactNode } from 'react';
import styles from './MetaList.module.css';

/** Facts about what a detail page shows, as small chips under its title; `children` are `<li>`s. */
export function MetaList({ children }: { children: ReactNode }) {
  return <ul className={styles.meta}>{children}</ul>;
}
