import { PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { toGlobalId } from './global-id.js';

/** Identity and timestamps shared by every stored object; `id` in GraphQL is the opaque global id. */
@ObjectType('BaseEntity', { description: 'Internal base of stored objects; not part of the API.' })
export abstract class BaseEntity {
  /** The name used inside global ids; defaults to the class name. */
  static readonly typeName?: string;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  @Field(() => DateTimeISOResolver, { description: 'When the object was created.' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  @Field(() => DateTimeISOResolver, { description: 'When the object was last changed.' })
  updatedAt: Date & Opt = new Date();

  @Field(() => ID, { name: 'id', description: 'Opaque global id; pass it back as is.' })
  get globalId(): Opt<string> {
    const ctor = this.constructor as { typeName?: string; name: string };
    return toGlobalId(ctor.typeName ?? ctor.name, this.id);
  }
}
