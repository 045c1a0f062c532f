import type { GoalPlanQuery } from '../../../gql/graphql';

export type PlanGoal = GoalPlanQuery['goalPlan'][number];

export interface GoalNode {
  goal: PlanGoal;
  children: GoalNode[];
}

/**
 * The plan as a tree: company goals at the top, the department goals under them, the owners' goals under those
 * (following parentId). A goal whose parent the user may not read stands at the top of what they see. Siblings
 * keep the server's order (earliest start, then name).
 */
export function goalTree(goals: readonly PlanGoal[]): GoalNode[] {
  const nodes = new Map(goals.map((goal) => [goal.id, { goal, children: [] as GoalNode[] }]));
  const roots: GoalNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.goal.parentId ? nodes.get(node.goal.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Every goal of the tree under `id` (itself included): what may not become its parent. */
export function subtreeIds(goals: readonly PlanGoal[], id: string): Set<string> {
  const ids = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const goal of goals) {
      if (goal.parentId && ids.has(goal.parentId) && !ids.has(goal.id)) {
        ids.add(goal.id);
        grew = true;
      }
    }
  }
  return ids;
}
