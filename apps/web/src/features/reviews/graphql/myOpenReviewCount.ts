import { graphql } from '../../../gql';

// Its own module: the sidebar's badge is on every page's first load, the rest of the reviews' documents are not.
export const MyOpenReviewCountQuery = graphql(`
  query MyOpenReviewCount {
    myOpenReviewCount
  }
`);
