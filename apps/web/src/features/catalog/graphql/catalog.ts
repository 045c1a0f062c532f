import { graphql } from '../../../gql';

export const DimensionLabelsQuery = graphql(`
  query DimensionLabels($locale: String) {
    dimensionLabels {
      dimension
      value
      label(locale: $locale)
    }
  }
`);

export const CatalogQuery = graphql(`
  query Catalog($locale: String) {
    metrics {
      ...CatalogMetricFields
    }
  }
`);

export const CatalogMetricFieldsFragment = graphql(`
  fragment CatalogMetricFields on Metric {
    key
    name(locale: $locale)
    description(locale: $locale)
    department
    sharedWith
    unit {
      ...UnitFields
    }
    direction
    aggregation
    formula
    source
    owner(locale: $locale)
    ownerUser {
      id
      name
    }
    reviewCadence
    expectedIntervalMinutes
    freshnessIntervalMinutes
    lastDataAt
    translations {
      locale
      name
      description
    }
    enName: name
    enDescription: description
  }
`);

export const OwnerCandidatesQuery = graphql(`
  query OwnerCandidates {
    users {
      id
      name
      role
      disabledAt
    }
  }
`);

export const FormulaPreviewQuery = graphql(`
  query FormulaPreview($formula: String!) {
    formulaPreview(formula: $formula) {
      inputs
      granularity
      total
      points {
        at
        value
      }
    }
  }
`);

export const CreateMetricMutation = graphql(`
  mutation CreateMetric($input: MetricInput!, $locale: String) {
    createMetric(input: $input) {
      ...CatalogMetricFields
    }
  }
`);

export const UpdateMetricMutation = graphql(`
  mutation UpdateMetric($key: ID!, $input: MetricUpdateInput!, $locale: String) {
    updateMetric(key: $key, input: $input) {
      ...CatalogMetricFields
    }
  }
`);

export const SetTargetMutation = graphql(`
  mutation SetTarget($input: TargetInput!) {
    setTarget(input: $input) {
      id
      metricKey
      kind
      value
      tolerance
      effectiveFrom
      effectiveTo
    }
  }
`);

export const DeleteTargetMutation = graphql(`
  mutation DeleteTarget($id: ID!) {
    deleteTarget(id: $id)
  }
`);

export const MetricTargetsQuery = graphql(`
  query MetricTargets($key: ID!) {
    metric(key: $key) {
      key
      department
      sharedWith
      targets {
        id
        kind
        value
        tolerance
        effectiveFrom
        effectiveTo
      }
    }
  }
`);

export const EditableDimensionLabelsQuery = graphql(`
  query EditableDimensionLabels {
    dimensionLabels {
      dimension
      value
      en: label
      es: label(locale: "es")
    }
  }
`);

export const SetDimensionLabelMutation = graphql(`
  mutation SetDimensionLabel($input: DimensionLabelInput!) {
    setDimensionLabel(input: $input) {
      dimension
      value
      en: label
      es: label(locale: "es")
    }
  }
`);
