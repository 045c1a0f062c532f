import { graphql } from '../../../gql';

export const CreateAnnotationMutation = graphql(`
  mutation CreateAnnotation($input: AnnotationInput!) {
    createAnnotation(input: $input) {
      id
    }
  }
`);

export const UpdateAnnotationMutation = graphql(`
  mutation UpdateAnnotation($id: ID!, $input: AnnotationInput!) {
    updateAnnotation(id: $id, input: $input) {
      id
      title
      description
      at
      endAt
    }
  }
`);

export const DeleteAnnotationMutation = graphql(`
  mutation DeleteAnnotation($id: ID!) {
    deleteAnnotation(id: $id)
  }
`);
