import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ApiKeyScope, Department, Role } from '@opshub/metrics';
import type { NotificationLocale } from '../../common/localized';

@Entity({ name: 'app_user' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Stored lower-cased: sign-in is case-insensitive. */
  @Column({ type: 'text', unique: true }) email: string;
  @Column({ type: 'text' }) name: string;
  /** scrypt, with its parameters and salt: `scrypt$N$r$p$salt$hash`. */
  @Column({ type: 'text', name: 'password_hash' }) passwordHash: string;
  @Column({ type: 'text' }) role: Role;
  @Column({ type: 'text', array: true, default: '{}' }) departments: Department[];
  @Column({ type: 'timestamptz', name: 'disabled_at', nullable: true }) disabledAt: Date | null;
  /** The language of the digests sent to them: the one they last chose in the app. */
  @Column({ type: 'text', default: 'en' }) locale: NotificationLocale;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}

/** A web session; the cookie holds the token, the table only its SHA-256. */
@Entity({ name: 'user_session' })
export class SessionEntity {
  @PrimaryColumn({ type: 'text', name: 'token_hash' }) tokenHash: string;
  @Column({ type: 'uuid', name: 'user_id' }) userId: string;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @Column({ type: 'timestamptz', name: 'expires_at' }) expiresAt: Date;
  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true }) revokedAt: Date | null;
}

/** An integrator key: shown once at creation, stored as the SHA-256 of its secret. */
@Entity({ name: 'api_key' })
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  /** The public part of the token (`ohk_<prefix>_…`), to find the row and to tell keys apart in lists. */
  @Column({ type: 'text', unique: true }) prefix: string;
  @Column({ type: 'text', name: 'secret_hash' }) secretHash: string;
  @Column({ type: 'text', array: true }) scopes: ApiKeyScope[];
  @Column({ type: 'text', nullable: true }) department: Department | null;
  @Column({ type: 'timestamptz', name: 'expires_at', nullable: true }) expiresAt: Date | null;
  @Column({ type: 'timestamptz', name: 'last_used_at', nullable: true }) lastUsedAt: Date | null;
  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  @Column({ type: 'uuid', name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}

/** A one-time set-password link (an invitation or a reset); the link holds the token, the table only its SHA-256. */
@Entity({ name: 'password_token' })
export class PasswordTokenEntity {
  @PrimaryColumn({ type: 'text', name: 'token_hash' }) tokenHash: string;
  @Column({ type: 'uuid', name: 'user_id' }) userId: string;
  @Column({ type: 'timestamptz', name: 'expires_at' }) expiresAt: Date;
  @Column({ type: 'timestamptz', name: 'used_at', nullable: true }) usedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
