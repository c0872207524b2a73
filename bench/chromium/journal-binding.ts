/** The function the journal bench page calls with a request frame ({ channel, input }) to get main's result frame. */
export const BRIDGE_BINDING = 'tamgaBenchInvoke';
