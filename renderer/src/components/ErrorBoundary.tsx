import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, type ComponentType, type ErrorInfo, type ReactNode } from 'react';
import { withTranslation, type WithTranslation } from 'react-i18next';

type Props = WithTranslation & { readonly children: ReactNode };
type State = { readonly failed: boolean };

// Catches render errors so one broken view never blanks the app. Nothing about the error is
// shown or logged beyond its type: a message could carry personal data.
class ErrorBoundaryInner extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    const kind = error instanceof Error ? error.name : typeof error;
    console.warn(`View failed to render (${kind}).`);
  }

  override render(): ReactNode {
    const { t, children } = this.props;
    if (!this.state.failed) return children;
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t('errors.boundaryTitle')}</MessageBarTitle>
          {t('errors.boundaryBody')}{' '}
          <Button
            size="small"
            onClick={() => {
              this.setState({ failed: false });
            }}
          >
            {t('errors.retry')}
          </Button>{' '}
          <Button
            size="small"
            onClick={() => {
              window.location.reload();
            }}
          >
            {t('errors.reload')}
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
}

export const ErrorBoundary: ComponentType<{ readonly children: ReactNode }> =
  withTranslation()(ErrorBoundaryInner);
