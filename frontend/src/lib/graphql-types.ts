/** Schema types generated from api-spec, reachable for features only through lib (see eslint zones). */
export type * from '@/generated/graphql/graphql';
