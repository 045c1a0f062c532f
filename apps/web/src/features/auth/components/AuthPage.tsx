import type { HTMLAttributes } from 'react';
import styles from './AuthPage.module.css';

/** The narrow, centred column of the pages around signing in. */
export function AuthPage(props: HTMLAttributes<HTMLDivElement>) {
  return <div className={styles.authPage} {...props} />;
}
