/** What other features use of signing in and roles. */
export { roleLabel } from './lib/roleLabel';
