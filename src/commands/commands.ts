// Ribbon commands. The Home-tab button opens the task pane (ShowTaskpane in manifest.xml), so no
// ExecuteFunction handlers are registered yet; Office still expects this page to call onReady.
Office.onReady(() => undefined);
