// Ribbon commands. The Home-tab button opens the task pane (ShowTaskpane in manifest.xml), so no
// ExecuteFunction handlers are registered yet; Office still expects this page to call onReady.
// Opened outside Office (or with Microsoft's CDN out of reach) there is no Office: nothing to do.
if (typeof Office !== 'undefined') Office.onReady(() => undefined);
