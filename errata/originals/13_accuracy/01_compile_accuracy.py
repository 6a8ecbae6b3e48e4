model.compile(optimizer='adam',
              loss='categorical_crossentropy',
              metrics=['accuracy'])
