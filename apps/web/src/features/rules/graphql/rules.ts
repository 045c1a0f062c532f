import { graphql } from '../../../gql';

export const AlertRuleFieldsFragment = graphql(`
  fragment AlertRuleFields on AlertRule {
    id
    name
    metricKey
    metricName(locale: $locale)
    kind
    granularity
    owner
    ownerUserId
    channelIds
    active
    firing
    params {
      threshold
      side
      band
      changeRatio
      clearAfter
    }
  }
`);

export const AlertRulesQuery = graphql(`
  query AlertRules($metricKey: ID, $locale: String) {
    alertRules(metricKey: $metricKey) {
      ...AlertRuleFields
    }
  }
`);

/** What the rule form offers: who may own a rule of the metric and the channels it may route to. */
export const RuleFormOptionsQuery = graphql(`
  query RuleFormOptions($metricKey: ID!, $locale: String) {
    metric(key: $metricKey) {
      key
      name(locale: $locale)
      department
      unit {
        ...UnitFields
      }
    }
    alertRuleOwnerCandidates(metricKey: $metricKey) {
      id
      name
      email
    }
    channels {
      id
      name
      kind
      department
    }
  }
`);

/** The metrics a rule can be made for, on the Alerts page. */
export const RuleMetricsQuery = graphql(`
  query RuleMetrics($locale: String) {
    metrics {
      key
      name(locale: $locale)
      department
    }
  }
`);

export const AlertRuleBacktestQuery = graphql(`
  query AlertRuleBacktest($input: AlertRuleInput!) {
    alertRuleBacktest(input: $input) {
      from
      to
      granularity
      fired
      firingAtEnd
      events {
        transition
        at
        value
        reference
      }
      points {
        at
        value
      }
    }
  }
`);

export const CreateAlertRuleMutation = graphql(`
  mutation CreateAlertRule($input: AlertRuleInput!, $locale: String) {
    createAlertRule(input: $input) {
      ...AlertRuleFields
    }
  }
`);

export const UpdateAlertRuleMutation = graphql(`
  mutation UpdateAlertRule($id: ID!, $input: AlertRuleInput!, $locale: String) {
    updateAlertRule(id: $id, input: $input) {
      ...AlertRuleFields
    }
  }
`);

export const SetAlertRuleActiveMutation = graphql(`
  mutation SetAlertRuleActive($id: ID!, $active: Boolean!, $locale: String) {
    setAlertRuleActive(id: $id, active: $active) {
      ...AlertRuleFields
    }
  }
`);

export const DeleteAlertRuleMutation = graphql(`
  mutation DeleteAlertRule($id: ID!) {
    deleteAlertRule(id: $id) {
      id
    }
  }
`);
