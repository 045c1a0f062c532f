/** The company dashboard: the app's home page, and its KPIs are the ones every department head may follow. */
export const COMPANY_DASHBOARD = 'executive';

/** The Smarketing / RevOps dashboard, which also shows the lead funnel and SLA breaches. */
export const REVOPS_DASHBOARD = 'marketing';
