import type { Department, Role } from '@opshub/metrics';

export interface DemoUser {
  id: string;
  email: string;
  name: string;
  password: string;
  role: Role;
  departments: Department[];
}

/** Demo mode only (DEMO_USERS): published passwords, offered on the sign-in page. Fixed ids that tests reuse. */
export const DEMO_USERS: readonly DemoUser[] = [
  { id: '00000000-0000-4000-8000-00000000a001', email: 'admin@opshub.demo', name: 'Ada Admin', password: 'demo-admin-2026', role: 'ADMIN', departments: [] },
  { id: '00000000-0000-4000-8000-00000000a002', email: 'ceo@opshub.demo', name: 'Elena Executive', password: 'demo-executive-2026', role: 'EXECUTIVE', departments: [] },
  { id: '00000000-0000-4000-8000-00000000a003', email: 'sales.head@opshub.demo', name: 'Sam Sales', password: 'demo-sales-2026', role: 'DEPARTMENT_HEAD', departments: ['SALES'] },
  { id: '00000000-0000-4000-8000-00000000a004', email: 'cs.head@opshub.demo', name: 'Carla Success', password: 'demo-success-2026', role: 'DEPARTMENT_HEAD', departments: ['CUSTOMER_SUCCESS'] },
  { id: '00000000-0000-4000-8000-00000000a005', email: 'viewer@opshub.demo', name: 'Victor Viewer', password: 'demo-viewer-2026', role: 'VIEWER', departments: ['MARKETING', 'PRODUCT'] },
];
