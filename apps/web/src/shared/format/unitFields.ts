import { graphql } from '../../gql';

/** A metric's unit as every formatter takes it (GqlUnit). */
export const UnitFieldsFragment = graphql(`
  fragment UnitFields on Unit {
    kind
    currency
    scaleMin
    scaleMax
  }
`);
