import type { ReactNode } from 'react';

interface BannerProps {
  tone: 'info' | 'warning' | 'danger';
  title: string;
  children?: ReactNode;
  /** 'alert' for what must be seen now (read-only, damaged files); 'status' for quiet news */
  role?: 'alert' | 'status';
}

export function Banner({ tone, title, children, role = 'status' }: BannerProps) {
  return (
    <div className={`banner banner--${tone}`} role={role}>
      <strong className="banner__title">{title}</strong>
      {children ? <div className="banner__body">{children}</div> : null}
    </div>
  );
}
