import { Field, ID, InterfaceType } from 'type-graphql';

/** Objects with an identity; fetch any of them with `node(id:)`. */
@InterfaceType({ description: 'An object with a stable, opaque global id.' })
export abstract class Node {
  // Named like BaseEntity's getter, so implementing types resolve `id` to the global id.
  @Field(() => ID, { name: 'id', description: 'Opaque global id; pass it back as is.' })
  globalId!: string;
}
