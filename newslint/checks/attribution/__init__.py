"""Attribution: who says so. Every disputable fact the reporter did not witness is attributed."""
