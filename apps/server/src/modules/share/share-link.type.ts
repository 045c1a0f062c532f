import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../common/enums';

export const SHARE_LINK_STATUSES = ['ACTIVE', 'REVOKED', 'EXPIRED'] as const;
export type ShareLinkStatus = (typeof SHARE_LINK_STATUSES)[number];
export const ShareLinkStatusEnum = enumOf(SHARE_LINK_STATUSES);
registerEnumType(ShareLinkStatusEnum, { name: 'ShareLinkStatus' });

@ObjectType({ description: 'A read-only, expiring link to one dashboard. The token is shown once, when the link is made; the server keeps its hash only.' })
export class ShareLink {
  @Field(() => ID) id: string;
  @Field(() => ID) dashboardSlug: string;
  @Field({ description: 'Where the link is used, e.g. "Lobby TV"; may be empty.' }) label: string;
  @Field() expiresAt: Date;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field(() => ShareLinkStatusEnum) status: ShareLinkStatus;
  @Field({ description: 'Who made it.' }) createdByName: string;
  @Field() createdAt: Date;
}

@ObjectType({ description: 'A new share link and its token (shown this once): the shared page is /share/<token>.' })
export class CreatedShareLink {
  @Field(() => ShareLink) link: ShareLink;
  @Field() token: string;
}
