// Session-wide denials: the app needs no camera, microphone, notifications, geolocation,
// clipboard-read, HID, serial or USB permission, so every request and check is refused.

export const denyPermissionRequest = (
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void => {
  callback(false);
};

export const denyPermissionCheck = (): boolean => false;

export const denyDevicePermission = (): boolean => false;
