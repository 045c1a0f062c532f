import { lazy, Suspense, useEffect, useState } from 'react';
import { loadContract, type ContractState } from '../lib/contract';

// GraphiQL and its editors arrive after the page: the sign-in check needs none of them.
const Explorer = lazy(() => import('../components/Explorer'));

function Notice({ children }: { children: React.ReactNode }) {
  return (
    <main className="explorer-notice" data-testid="explorer-notice">
      <h1>OpsHub API explorer</h1>
      {children}
    </main>
  );
}

export function ExplorerPage() {
  const [contract, setContract] = useState<ContractState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    void loadContract().then((state) => {
      if (current) setContract(state);
    });
    return () => {
      current = false;
    };
  }, []);

  switch (contract.status) {
    case 'loading':
      return <Notice><p>Loading the schema…</p></Notice>;
    case 'signedOut':
      return (
        <Notice>
          <p>The explorer runs operations as you: sign in to OpsHub first, then open this page again.</p>
          <p><a href="/sign-in">Sign in</a></p>
        </Notice>
      );
    case 'failed':
      return <Notice><p role="alert">{contract.message}</p></Notice>;
    case 'ready':
      return (
        <Suspense fallback={<Notice><p>Loading the explorer…</p></Notice>}>
          <div className="explorer" data-testid="explorer">
            <Explorer schema={contract.schema} />
          </div>
        </Suspense>
      );
  }
}
