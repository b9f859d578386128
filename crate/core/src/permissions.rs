//! Microsoft Graph and Exchange Online permission catalogue (being written).
