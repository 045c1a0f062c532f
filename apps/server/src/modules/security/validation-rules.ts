import { NoSchemaIntrospectionCustomRule, type ValidationRule } from 'graphql';
import type { Config } from '../../config';
import { finiteNumbersRule } from './finite-numbers';
import { queryLimitsRule } from './query-limits.rule';
import { storableTextRule } from './storable-text';

/** Added to graphql-js's standard rules by Apollo (validationRules), which blocks introspection itself from its `introspection` option. */
export function validationRules(config: Pick<Config, 'limits'>): ValidationRule[] {
  return [queryLimitsRule(config.limits), finiteNumbersRule, storableTextRule];
}

/** The same for WebSockets (subscription-cache's prepare): graphql-ws applies none of these by itself. */
export function socketValidationRules(config: Pick<Config, 'limits' | 'introspection'>): ValidationRule[] {
  return [...validationRules(config), ...(config.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
}
