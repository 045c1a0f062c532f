import { graphql } from '../../../gql';

export const ReviewActionItemFieldsFragment = graphql(`
  fragment ReviewActionItemFields on ReviewActionItem {
    id
    reviewId
    metricKey
    metric {
      key
      name(locale: $locale)
    }
    owner {
      id
      name
    }
    dueDate
    text
    doneAt
    overdue
  }
`);

export const ReviewSummaryFieldsFragment = graphql(`
  fragment ReviewSummaryFields on Review {
    id
    subjectKind
    subjectKey
    subjectName(locale: $locale)
    cadence
    owner {
      id
      name
    }
    periodFrom
    periodTo
    dueBy
    completedAt
    overdue
  }
`);

export const ReviewBoardQuery = graphql(`
  query ReviewBoard($locale: String) {
    reviewBoard {
      overdue {
        ...ReviewSummaryFields
      }
      open {
        ...ReviewSummaryFields
      }
      recentlyCompleted {
        ...ReviewSummaryFields
        completedBy {
          id
          name
        }
      }
      actionItemsByOwner {
        owner {
          id
          name
        }
        items {
          ...ReviewActionItemFields
        }
      }
    }
  }
`);

export const ReviewQuery = graphql(`
  query Review($id: ID!, $locale: String) {
    review(id: $id) {
      ...ReviewSummaryFields
      editable
      completedBy {
        id
        name
      }
      kpis {
        metricKey
        metric {
          key
          name(locale: $locale)
          unit {
            kind
            currency
            scaleMin
            scaleMax
          }
          direction
        }
        value
        target
        status
        change
        changeRatio
        paceStatus
        comment
        needsComment
      }
      actionItems {
        ...ReviewActionItemFields
      }
      carriedActionItems {
        ...ReviewActionItemFields
      }
    }
    reviewPeople {
      id
      name
    }
  }
`);

export const MetricActionItemsQuery = graphql(`
  query MetricActionItems($metricKey: ID!, $locale: String) {
    metricActionItems(metricKey: $metricKey) {
      ...ReviewActionItemFields
    }
  }
`);

export const CommentReviewKpiMutation = graphql(`
  mutation CommentReviewKpi($reviewId: ID!, $metricKey: ID!, $comment: String!) {
    commentReviewKpi(reviewId: $reviewId, metricKey: $metricKey, comment: $comment) {
      metricKey
      comment
      needsComment
    }
  }
`);

export const AddReviewActionItemMutation = graphql(`
  mutation AddReviewActionItem($input: ReviewActionItemInput!, $locale: String) {
    addReviewActionItem(input: $input) {
      ...ReviewActionItemFields
    }
  }
`);

export const SetReviewActionItemDoneMutation = graphql(`
  mutation SetReviewActionItemDone($id: ID!, $done: Boolean!, $locale: String) {
    setReviewActionItemDone(id: $id, done: $done) {
      ...ReviewActionItemFields
    }
  }
`);

export const CompleteReviewMutation = graphql(`
  mutation CompleteReview($id: ID!, $locale: String) {
    completeReview(id: $id) {
      ...ReviewSummaryFields
      editable
    }
  }
`);

export const DashboardReviewSettingsQuery = graphql(`
  query DashboardReviewSettings($slug: ID!) {
    dashboardReviewSettings(slug: $slug) {
      slug
      owner {
        id
        name
      }
      cadence
    }
    reviewPeople {
      id
      name
    }
  }
`);

export const SetDashboardReviewMutation = graphql(`
  mutation SetDashboardReview($slug: ID!, $ownerUserId: ID, $cadence: ReviewCadence) {
    setDashboardReview(slug: $slug, ownerUserId: $ownerUserId, cadence: $cadence) {
      slug
      owner {
        id
        name
      }
      cadence
    }
  }
`);
