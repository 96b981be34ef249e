import { graphql } from '../../data/gql';

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    text
    path
    createdAt
    readAt
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($first: Int, $after: String) {
    unreadNotificationCount
    notifications(first: $first, after: $after) {
      items {
        ...NotificationFields
      }
      endCursor
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $upTo: ID) {
    markNotificationsRead(ids: $ids, upTo: $upTo)
  }
`);

export const NotificationSettingsQuery = graphql(`
  query NotificationSettings {
    notificationSettings {
      kind
      email
    }
  }
`);

export const UpdateNotificationSettingsMutation = graphql(`
  mutation UpdateNotificationSettings($settings: [NotificationSettingInput!]!) {
    updateNotificationSettings(settings: $settings) {
      kind
      email
    }
  }
`);
